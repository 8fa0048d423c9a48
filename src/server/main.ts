// Runs `mlsd serve` without the CLI around it: `node --import tsx src/server/main.ts --port 0 …`
// (the fault tests start and SIGKILL real server processes through it).
import { serveCommand } from './serve';

process.exitCode = await serveCommand(process.argv.slice(2));
