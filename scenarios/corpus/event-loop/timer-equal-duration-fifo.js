// Timers with the same duration fire in the order they were created.
for (let i = 1; i <= 6; i++) setTimeout(() => console.log('timer', i), 10);
setTimeout(() => console.log('a later, longer one'), 30);
