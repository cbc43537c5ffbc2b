// Everything in one language that loads lazily, in easy language: the texts around the ladder and the three models.
export { en as ui } from './easy-en.js';
export { levels } from './levels-easy-en.js';
