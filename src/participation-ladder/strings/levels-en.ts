import type { ModelTexts } from '../models.js';

/**
 * The three built-in models in English. Our own plain-language wording: the roles follow THL's
 * line of customer roles (2022); the spectrum is based on the IAP2 Spectrum of Public
 * Participation (the promises are not IAP2's text); the ladder is Sherry Arnstein's (1969).
 */
export const levels: ModelTexts = {
  roles: {
    name: 'Customer roles in social and health services (THL 2022)',
    intro: 'The role of customers has changed from being the object of services to being equal partners. The higher the level, the more say you have.',
    levels: [
      {
        title: 'You receive services',
        description: 'Professionals decide what you need and how you are helped. You are told about it, but you are rarely asked.',
        promise: 'We tell you clearly what we have decided and why.',
        examples: ['A letter about a decision', 'Information on a website'],
      },
      {
        title: 'The service is built around your needs',
        description: 'The service tries to meet your needs and asks for your feedback. The service itself decides what to change.',
        promise: 'We ask how the service works for you and take your needs into account.',
        examples: ['A feedback form after a visit', 'A customer survey'],
      },
      {
        title: 'You are the expert on your own life',
        description: 'Your own goals and choices guide the help you get.',
        promise: 'We ask what your goals are and respect your choices.',
        examples: ['You set your own goals with a social worker', 'You choose between service options'],
      },
      {
        title: 'Your experience is put to use',
        description: 'What you and others have lived through is used to make services better, for example by experience experts and customer panels.',
        promise: 'We collect experiences in a planned way and tell you what came of them.',
        examples: ['An experience expert teaches staff', 'A customer panel comments on a new service'],
      },
      {
        title: 'You plan your own service',
        description: 'You and the professionals plan your care or service together. You take part in decisions about it.',
        promise: 'We make the plan with you and do not decide about your service without hearing you.',
        examples: ['A care plan made together', 'A client plan in social services'],
      },
      {
        title: 'You develop services as an equal',
        description: 'Customers plan, develop and evaluate services together with staff and decision-makers, as equals.',
        promise: 'You sit at the same table as staff, and your views carry the same weight.',
        examples: ['A customer council', 'Co-design workshops', 'Customers evaluate a service'],
      },
    ],
  },
  spectrum: {
    name: 'Spectrum of participation (based on the IAP2 Spectrum)',
    intro: 'Five levels based on the model of IAP2, the International Association for Public Participation. The higher the level, the more power you have over the decision.',
    levels: [
      {
        title: 'Inform',
        description: 'You get clear information about a plan or decision in good time. You cannot change it at this stage.',
        promise: 'You get correct information in time, in words you understand.',
        examples: ['A letter about a change in a service', 'An information event'],
      },
      {
        title: 'Consult',
        description: 'We ask for your views before we decide. Others make the decision, but your views are weighed.',
        promise: 'We read every answer. When the decision is made, we tell you what people said and what it changed.',
        examples: ['A survey', 'A public hearing', 'Comments on a draft plan'],
      },
      {
        title: 'Involve',
        description: 'You take part all through the planning, not just once. What matters to you shapes the options.',
        promise: 'We come back to you at each step and show where your views can be seen in the options.',
        examples: ['A series of workshops', 'A residents’ group that follows a project'],
      },
      {
        title: 'Collaborate',
        description: 'You and the organisation work out solutions and prepare the decision together.',
        promise: 'We build the solution with you. If we cannot follow your advice, we explain why.',
        examples: ['Customers and staff design a service together', 'A customer panel prepares a proposal'],
      },
      {
        title: 'Empower',
        description: 'The people taking part make the final decision themselves, within limits agreed in advance.',
        promise: 'You decide. We carry out the decision within the agreed budget and rules.',
        examples: ['Participatory budgeting', 'A residents’ group decides how a grant is used'],
      },
    ],
  },
  arnstein: {
    name: 'Arnstein’s ladder of citizen participation (1969)',
    intro: 'Sherry Arnstein described eight rungs in 1969. The lowest rungs only look like participation. Real power is on the top rungs.',
    groups: ['Non-participation', 'Tokenism', 'Citizen power'],
    levels: [
      { title: 'Manipulation', description: 'People are invited only to win their support. They have no real say.' },
      { title: 'Therapy', description: 'The aim is to change the people, not the service. Taking part is treated as a cure for them.' },
      { title: 'Informing', description: 'People are told about plans, but information goes one way only. There is no way to answer back.' },
      { title: 'Consultation', description: 'People are asked for their views, but nobody promises that the views will count.' },
      { title: 'Placation', description: 'A few residents get a seat at the table, but those in power still decide.' },
      { title: 'Partnership', description: 'Residents and those in power share planning and decisions under agreed rules.' },
      { title: 'Delegated power', description: 'Residents have the final say over a plan or a service.' },
      { title: 'Citizen control', description: 'Residents run a service or programme themselves and decide about it.' },
    ],
  },
};
