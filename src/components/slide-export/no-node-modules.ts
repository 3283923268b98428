// pptxgenjs reaches for Node's `fs` and `https` only when it runs in Node; in the browser those
// imports are never taken. Standing in for them with an empty ES module keeps Vite from emitting a
// CommonJS stub, which would split Rolldown's helpers out of the first screen's chunk (decision 015).
export default {};
