export const only = 'named only';
