#!/usr/bin/env node
// The process boundary: run the CLI, set the exit code, never print a stack (see src/main.ts).
import { main } from '../dist/main.js';

main();
