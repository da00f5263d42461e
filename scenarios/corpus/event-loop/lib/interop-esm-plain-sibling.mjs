import './interop-cjs-queues.cjs';
console.log('plain sibling (imports the cjs)');
