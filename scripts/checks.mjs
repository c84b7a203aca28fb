// `npm test`'s static checks, in two lanes at once: ESLint (type-aware, one core for ~40 s of CPU)
// beside the type check, Prettier, knip and the build (~30 s of CPU one after another). None reads
// another's output, so on two cores the pair takes about as long as the lint alone, not the sum.
// Each step's output is printed whole when it ends, under its name; the exit code is 1 if any
// step failed (a lane stops at its first failure), and the failed steps are named at the end.
import { spawn } from 'node:child_process';

const LANES = [['lint'], ['typecheck', 'format:check', 'knip', 'build']];

/** Runs `npm run <script>`, its stdout and stderr kept in order, printed when it ends. */
function step(script) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('error', (error) => output.push(Buffer.from(`${error.message}\n`)));
    child.on('close', (code) => {
      const ok = code === 0;
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      process.stdout.write(`> ${script}: ${ok ? 'passed' : `FAILED (exit ${code})`} in ${seconds} s\n`);
      process.stdout.write(Buffer.concat(output));
      resolve(ok);
    });
  });
}

async function lane(scripts) {
  const failed = [];
  for (const script of scripts) {
    if (!(await step(script))) {
      failed.push(script);
      break;
    }
  }
  return failed;
}

const failed = (await Promise.all(LANES.map(lane))).flat();
if (failed.length > 0) {
  process.stdout.write(`npm test: ${failed.join(', ')} failed\n`);
  process.exitCode = 1;
}
