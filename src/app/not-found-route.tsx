import { StableLink } from "../components/stable-link";
import { useLocation } from "react-router";
import { MessageView } from "../components/message-view";
import { routeText } from "./route-messages";

export default function NotFoundRoute() {
  const { pathname } = useLocation();
  return (
    <MessageView title={routeText().pageNotFound()}>
      <p>
        {routeText().nothingAt()} <code>{pathname}</code>
        {routeText().sentenceEnd()} <StableLink to="/">{routeText().goToOverview()}</StableLink>
        {routeText().sentenceEnd()}
      </p>
    </MessageView>
  );
}
