/**
 * A progress line for long work on a terminal: percentage, rows per second and time left,
 * redrawn in place on a TTY and printed every 10% otherwise (CI logs stay short).
 */
export function progressPrinter(label: string): (done: number, total: number) => void {
  const started = Date.now();
  let lastDecile = -1;
  return (done, total) => {
    const seconds = (Date.now() - started) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const eta = rate > 0 ? (total - done) / rate : 0;
    const pct = total > 0 ? Math.floor((done / total) * 100) : 100;
    const line = `${label}: ${pct}% (${done}/${total}) ${Math.round(rate)}/s, ETA ${eta.toFixed(0)} s`;
    if (process.stderr.isTTY) {
      process.stderr.write(`\r${line}${done >= total ? '\n' : ''}`);
    } else if (Math.floor(pct / 10) !== lastDecile) {
      lastDecile = Math.floor(pct / 10);
      process.stderr.write(`${line}\n`);
    }
  };
}
