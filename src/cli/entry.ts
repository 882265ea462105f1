/** @module Entry point used by tests to run the CLI from source (the published bin runs the compiled copy). */
import { main } from "./main.ts";

process.exitCode = await main(process.argv.slice(2));
