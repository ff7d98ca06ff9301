// Preloaded into a measured `isf` process (node --import): prints its peak RSS on stderr when it exits.
process.on('exit', () => {
  process.stderr.write(`peak-rss-mb ${Math.round(process.resourceUsage().maxRSS / 1024)}\n`);
});
