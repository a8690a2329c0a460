import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

// The page is served by the Python package: index.html at GET /, everything else under /static/.
// Fixed file names keep a rebuild byte-identical to the committed files.
export default defineConfig({
  base: "/static/",
  build: {
    outDir: fileURLToPath(new URL("../api/http/static", import.meta.url)),
    emptyOutDir: true,
    assetsDir: "assets",
    sourcemap: false,
    chunkSizeWarningLimit: 1024,
    rollupOptions: {
      output: {
        entryFileNames: "assets/explorer.js",
        chunkFileNames: "assets/[name].js",
        assetFileNames: (asset) => (asset.names.some((n) => n.endsWith(".css")) ? "assets/explorer.css" : "assets/[name][extname]"),
      },
    },
  },
});
