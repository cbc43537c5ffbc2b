// The board benchmark is part 1 of .ci/bench.mjs now; this name is kept for old links and scripts.
//   node .ci/bench-board.mjs [--runs=7] [--sizes=1000,10000,50000]   (same as `npm run bench:board`)
process.argv.push('--only=board');
await import('./bench.mjs');
