// Everything in one language that loads lazily: the texts around the ladder and the three models.
export { sv as ui } from './sv.js';
export { levels } from './levels-sv.js';
