/** Shared texts shown only once a form is sent or checked (English): they load with the form's actions, not for the first render. Every component can override them with `texts`. */
export const en = {
  errorSummaryTitle: 'Check these before you continue',
  errorSummaryIntro: { one: 'There is 1 problem:', other: 'There are {count} problems:' },
  sending: 'Sending…',
  retrying: { one: 'The connection is slow. We try again in 1 second.', other: 'The connection is slow. We try again in {count} seconds.' },
  retryingBusy: { one: 'The service is busy. We try again in 1 second.', other: 'The service is busy. We try again in {count} seconds.' },
  retryingServer: { one: 'The service has a problem. We try again in 1 second.', other: 'The service has a problem. We try again in {count} seconds.' },
  offline: 'You are offline. What you wrote is safe here. We send it when your connection is back — keep this page open.',
  failedServer: 'The service has a problem right now. Try again in a moment.',
  failedBusy: 'The service is busy right now. Try again in a moment.',
  failedTimeout: 'The service did not answer in time. Try again in a moment.',
  failedRejected: 'The service could not accept this. Check what you wrote, or use another way to contact us.',
  failedMoved: 'The service tried to send us to another address, so we did not send your text there. Try again later, or use another way to contact us.',
  failedUnconfirmed: 'The service answered, but it did not confirm that your text arrived. Your text is still here. Try again later, or use another way to contact us.',
  copyText: 'Copy your text',
  copied: 'Your text is copied. You can paste it into an email or another form.',
  detailsFromService: 'Message from the service:',
} as const;
