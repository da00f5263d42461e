console.log('y runs');
Promise.resolve().then(() => console.log('y promise job'));
