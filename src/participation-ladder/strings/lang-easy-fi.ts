// Everything in one language that loads lazily, in easy language: the texts around the ladder and the three models.
export { fi as ui } from './easy-fi.js';
export { levels } from './levels-easy-fi.js';
