import type { ModelTexts } from '../models.js';

/**
 * The three built-in models in Easy Read English: the same facts as levels-en.ts, in shorter
 * sentences and everyday words. The sources (THL 2022, IAP2, Arnstein 1969) are named in the intros.
 */
export const levels: ModelTexts = {
  roles: {
    name: 'Your role as a customer in social and health services',
    intro:
      'The Finnish Institute for Health and Welfare made this model in 2022. In the past, customers only got services. ' +
      'Now customers can be equal partners. The higher the level, the more you can influence.',
    levels: [
      {
        title: 'You get services',
        description: 'Professionals decide what you need. They decide how to help you. They tell you about it. But they rarely ask you.',
        promise: 'We tell you clearly what we decided and why.',
        examples: ['A letter about a decision', 'Information on a website'],
      },
      {
        title: 'The service thinks about your needs',
        description: 'The service tries to give you what you need. It asks you what you think. But the service itself decides what to change.',
        promise: 'We ask how the service works for you. We think about your needs.',
        examples: ['A feedback form after a visit', 'Questions for customers'],
      },
      {
        title: 'You know your own life best',
        description: 'Your own goals guide the help you get. Your own choices guide it too.',
        promise: 'We ask about your goals. We respect your choices.',
        examples: ['You and a social worker set your goals together', 'You choose between different services'],
      },
      {
        title: 'We use your experience',
        description:
          'We use what you and other people have lived through. It helps us make services better. ' +
          'Experience experts and customer panels help us, for example. ' +
          'An experience expert is a person who has lived through the same things and now helps others.',
        promise: 'We collect experiences in a planned way. We tell you what we did with them.',
        examples: ['An experience expert teaches staff', 'A customer panel says what it thinks of a new service'],
      },
      {
        title: 'You plan your own service',
        description: 'You and the professionals plan your care or service together. You decide about it together.',
        promise: 'We make the plan with you. We do not decide about your service without listening to you.',
        examples: ['A care plan that you make together', 'A plan in social services that you make together'],
      },
      {
        title: 'You make services better as an equal',
        description:
          'Customers plan services and make them better. They do this together with staff and decision-makers. ' +
          'Customers also check how well services work. Everyone is equal.',
        promise: 'You work together with staff. Your views count as much as theirs.',
        examples: ['A customer council', 'Workshops where people plan together', 'Customers check how well a service works'],
      },
    ],
  },
  spectrum: {
    name: 'The 5 levels of taking part',
    intro:
      'Here are 5 levels. They come from a model by the International Association for Public Participation. ' +
      'The higher the level, the more power you have over the decision.',
    levels: [
      {
        title: 'We tell you',
        description: 'You get clear information about a plan or a decision. You get it in good time. At this stage, you cannot change it.',
        promise: 'You get correct information in time. We use words that you understand.',
        examples: ['A letter about a change in a service', 'A meeting where we tell you about a plan'],
      },
      {
        title: 'We ask you',
        description: 'We ask what you think before we decide. Other people make the decision. But they think about your views.',
        promise: 'We read every answer. After the decision, we tell you what people said. We also tell you what it changed.',
        examples: ['Questions that you answer', 'A public meeting where you can say what you think', 'Your comments on the first version of a plan'],
      },
      {
        title: 'We plan with you',
        description: 'You take part in all the planning, not just once. The things that matter to you change the options.',
        promise: 'We come back to you at each step. We show you where your views are in the options.',
        examples: ['Several workshops, one after another', 'A group of residents that follows a project'],
      },
      {
        title: 'We work together',
        description: 'We look for solutions together with you. We prepare the decision together.',
        promise: 'We find the solution with you. If we cannot follow your advice, we tell you why.',
        examples: ['Customers and staff plan a service together', 'A customer panel prepares a proposal'],
      },
      {
        title: 'You decide',
        description: 'The people who take part make the final decision themselves. We agree on the limits before.',
        promise: 'You decide. We do what you decided. We keep to the money and the rules that we agreed on.',
        examples: ['Residents decide how to spend some of the money', 'A group of residents decides how to use money that it got'],
      },
    ],
  },
  arnstein: {
    name: 'The ladder of participation by Sherry Arnstein (1969)',
    intro:
      'Sherry Arnstein wrote about this ladder in 1969. The ladder is a picture of how much power people have. ' +
      'It has 8 steps. The lowest steps only look like taking part. Real power is on the top steps.',
    groups: ['No taking part', 'Taking part that is not real', 'People have power'],
    levels: [
      { title: 'Using people', description: 'Decision-makers invite people only to get their support. The people cannot really change anything.' },
      { title: 'Changing people', description: 'The aim is to change the people, not the service. Decision-makers think that taking part is a kind of treatment for the people.' },
      { title: 'Only telling', description: 'Decision-makers tell people about plans. But the information goes only one way. People cannot answer.' },
      { title: 'Only asking', description: 'Decision-makers ask people what they think. But nobody promises that their views will count.' },
      { title: 'Calming people down', description: 'A few residents can join the meetings. But the decision-makers still decide.' },
      { title: 'Working as partners', description: 'Residents and decision-makers plan together. They also decide together. They follow rules that they agreed on.' },
      { title: 'Residents get power', description: 'Residents make the final decision about a plan or a service.' },
      { title: 'Residents are in control', description: 'Residents run a service or a programme themselves. They also decide about it.' },
    ],
  },
};
