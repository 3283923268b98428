import { Link, useLocation } from "react-router";
import { MessageView } from "../components/message-view";

export default function NotFoundRoute() {
  const { pathname } = useLocation();
  return (
    <MessageView title="Page not found (404)">
      <p>
        Nothing lives at <code>{pathname}</code>.{" "}
        <Link to="/">Go to the overview and timeline</Link>.
      </p>
    </MessageView>
  );
}
