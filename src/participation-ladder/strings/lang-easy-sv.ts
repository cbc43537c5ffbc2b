// Everything in one language that loads lazily, in easy language: the texts around the ladder and the three models.
export { sv as ui } from './easy-sv.js';
export { levels } from './levels-easy-sv.js';
