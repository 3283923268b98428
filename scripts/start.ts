/**
 * `npm start [-- --port N]`: builds the app and serves it on 127.0.0.1, on port 4173 unless told
 * otherwise (`--port`, or the PORT environment variable). When the port is taken (another copy of
 * the app, say), the next free one is used and said so in one line, before anything is built.
 */
import { spawnSync } from "node:child_process";
import getPort, { portNumbers } from "get-port";
import { preview } from "vite";

const DEFAULT_PORT = 4173;

/** The port asked for: `--port N`, `--port=N`, PORT, or 4173. Exits with a message if it is not one. */
function requestedPort(argv: readonly string[], env: string | undefined): number {
  const at = argv.findIndex((arg) => arg === "--port" || arg.startsWith("--port="));
  const raw =
    at === -1 ? env : ((argv[at]?.includes("=") ? argv[at].split("=")[1] : argv[at + 1]) ?? "");
  if (raw === undefined || raw === "") return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`npm start: "${raw}" is not a port number (1–65535).`);
    process.exit(2);
  }
  return port;
}

const wanted = requestedPort(process.argv.slice(2), process.env.PORT);
const port = await getPort({ host: "127.0.0.1", port: portNumbers(wanted, wanted + 20) });
if (port !== wanted) {
  console.log(
    `Port ${wanted} is in use, so the app will be served on port ${port} (choose one with: npm start -- --port 8080).`,
  );
}

const build = spawnSync("npm", ["run", "build"], { stdio: "inherit" });
if (build.status !== 0) process.exit(build.status ?? 1);

const server = await preview({ preview: { host: "127.0.0.1", port, strictPort: true } });
server.printUrls();
