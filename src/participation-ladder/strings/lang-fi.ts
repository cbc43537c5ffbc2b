// Everything in one language that loads lazily: the texts around the ladder and the three models.
export { fi as ui } from './fi.js';
export { levels } from './levels-fi.js';
