import { StableLink } from "../components/stable-link";
import { useLocation } from "react-router";
import { MessageView } from "../components/message-view";
import { routeText } from "./route-messages";
import { sharedText } from "../components/first-screen-messages";

export default function NotFoundRoute() {
  const { pathname } = useLocation();
  return (
    <MessageView title={routeText().pageNotFound()}>
      <p>
        {routeText().nothingAt()} <code>{pathname}</code>
        {sharedText().sentenceEnd()} <StableLink to="/">{routeText().goToOverview()}</StableLink>
        {sharedText().sentenceEnd()}
      </p>
    </MessageView>
  );
}
