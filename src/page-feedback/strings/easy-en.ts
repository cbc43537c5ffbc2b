import type { PageFeedbackStrings } from './index.js';

/** <osa-page-feedback> in Easy English: the same content in short sentences. */
export const en: PageFeedbackStrings = {
  question: 'Did this page help you?',
  yes: 'Yes',
  no: 'No',
  thanks: 'Thank you for your answer.',
  yesComment: 'Do you want to tell us more?',
  noComment: 'What was missing? What was wrong?',
  commentHint: "Don't write your name. Don't write how to contact you. Don't write about your health.",
  noReply: 'We read all comments. We cannot answer them.',
  replyWanted: 'Do you want an answer? Then use the feedback form.',
  feedbackLink: 'Go to the feedback form',
  send: 'Send',
  commentSent: 'Thank you. We give your comment to the people who make this page.',
  already: 'You already answered. Thank you!',
  addComment: 'Add a comment',
  errorEmpty: 'Write your comment first',
  errorTooLong: { one: 'Your comment is 1 letter too long. Make it shorter.', other: 'Your comment is {count} letters too long. Make it shorter.' },
  failedTitle: 'We did not get your answer',
  commentFailedTitle: 'We did not get your comment',
  failedConfig: 'This question does not work now. We could not save your answer.',
};
