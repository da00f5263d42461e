// Immediates queued during the check phase wait for the next iteration, after those already queued.
const order = [];
for (const name of ['a', 'b', 'c']) {
  setImmediate(() => {
    order.push(name);
    console.log('immediate', name);
    setImmediate(() => console.log('  next iteration', name));
  });
}
process.on('beforeExit', () => console.log('first batch was', order.join(',')));
