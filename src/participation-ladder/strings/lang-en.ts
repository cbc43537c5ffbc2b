// Everything in one language that loads lazily: the texts around the ladder and the three models.
export { en as ui } from './en.js';
export { levels } from './levels-en.js';
