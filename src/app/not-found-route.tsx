import { StableLink } from "../components/stable-link";
import { useLocation } from "react-router";
import { MessageView } from "../components/message-view";

export default function NotFoundRoute() {
  const { pathname } = useLocation();
  return (
    <MessageView title="Page not found (404)">
      <p>
        Nothing lives at <code>{pathname}</code>.{" "}
        <StableLink to="/">Go to the overview and timeline</StableLink>.
      </p>
    </MessageView>
  );
}
