// flags: --unhandled-rejections=warn
// The rejection id in the warnings counts every rejection that had no handler when it happened, even
// ones handled in time; async functions that throw and Promise.all reject too.
const log = (s) => console.log(s);
process.on('warning', (w) => { const m = /rejection id: (\d+)/.exec(w.message); if (m) log(w.name + ' id ' + m[1]); });
Promise.reject(new Error('handled in time')).catch(() => {});
async function fails() { throw new Error('async'); }
fails();
Promise.all([Promise.reject(new Error('inner'))]);
const late = Promise.reject(new Error('late'));
setTimeout(() => late.catch(() => {}), 0);
