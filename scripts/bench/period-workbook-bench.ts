import { loadavg } from 'node:os';
import { Writable } from 'node:stream';
import { writePeriodWorkbook } from '../../src/exports/excel/period-workbook';
import { periodReportFixture } from './period-report-fixture';

/**
 * The Excel period report at `tasks` classified tasks (default 100,000): the
 * time to write the workbook and the process's peak resident memory, data set
 * included. The rows come from the fixture, not the database: the periods
 * service's own query is measured apart.
 */
async function main() {
  const count = Number(process.argv[2] ?? 100_000);
  // The machine may be shared: the load when the run started says how far to trust the time.
  const load = Math.round(loadavg()[0] * 100) / 100;
  const report = periodReportFixture(count);
  let bytes = 0;
  let peak = process.memoryUsage().rss;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  await writePeriodWorkbook(
    report,
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        bytes += chunk.length;
        done();
      },
    }),
    { province: 'Bắc Kạn' },
  );
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  // CPU time of every thread of the process (JavaScript and the zlib pool): what the run costs whatever the load.
  const cpu = process.cpuUsage(cpuBefore);
  clearInterval(sample);
  peak = Math.max(peak, process.memoryUsage().rss);
  console.log(
    JSON.stringify({
      tasks: count,
      ms: Math.round(ms),
      megabytes: Math.round(peak / 1048576),
      cpuMs: Math.round((cpu.user + cpu.system) / 1000),
      fileBytes: bytes,
      load,
    }),
  );
}

void main();
