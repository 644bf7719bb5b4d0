// PaddleOCR's worker thread (plain JavaScript, started by path from lib/layout/paddle-ocr.ts; not bundled).
// @gutenye/ocr-node converts pixels through JavaScript arrays, which would hold the server's event loop for seconds
// per page; here it holds only this thread. Each message is one page image (PNG bytes); the reply is the text
// segments Paddle found, each read on its own, and how many text regions it detected (read or not):
// { id, segments: [{ text, mean, box: [[x, y] × 4] }], regions } or { id, error }.
// Boxes are in the detector's input image (the page resized to multiples of 32 px); paddle-ocr.ts maps them back.

import path from "node:path";
import { pathToFileURL } from "node:url";
import { parentPort, workerData } from "node:worker_threads";

const { threads, nodeModules } = workerData;
const onnxOptions = { intraOpNumThreads: threads, interOpNumThreads: 1, executionMode: "sequential" };

// Importing the package registers its Node backend (sharp, onnxruntime-node) with @gutenye/ocr-common, whose models
// are run directly: the package's own detect() merges a row's segments into one line and loses where each was.
await import(pathToFileURL(path.join(nodeModules, "@gutenye", "ocr-node", "build", "index.js")).href);
const models = await import(pathToFileURL(path.join(nodeModules, "@gutenye", "ocr-common", "build", "models", "index.js")).href);
const detection = await models.Detection.create({ onnxOptions });
const recognition = await models.Recognition.create({ onnxOptions });

parentPort.on("message", async ({ id, png }) => {
  try {
    const segments = [];
    const regions = await detection.run(Buffer.from(png));
    for (const image of regions) {
      const [read] = await recognition.run([image]);
      if (read?.text && read.box) segments.push({ text: read.text, mean: read.mean, box: read.box });
    }
    parentPort.postMessage({ id, segments, regions: regions.length });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
parentPort.postMessage({ ready: true });
