import { registerRenderFuzz } from "../helpers/render-fuzz";

// 10,000 rendered cases in all, in two files so that Vitest runs them on two cores at once.
registerRenderFuzz({ runs: Number(process.env.FUZZ_RENDER_RUNS ?? "5000"), seed: 4242 });
