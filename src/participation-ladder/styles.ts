import { css } from 'lit';

/*
 * The ladder as numbered steps joined by a line. The current level has a thick border, a square
 * (not round) filled number and the words "This activity is here": shape and text, not colour alone.
 * --_osa-badge-size is the number's size, --_osa-step-pad the button's padding, --_osa-step-border
 * the current level's border (other levels keep the same space as padding, so nothing moves);
 * --_osa-line-inset and --_osa-line-gap place the joining line from the padding box, which the
 * border moves. The CDN build gives these internal names short ones (rollup.config.js).
 */
export const ladderStyles = css`
:host{container-type:inline-size;hyphens:auto;--_osa-badge-size:2.5rem;--_osa-step-pad:var(--_osa-space-s);--_osa-step-border:3px}
.title,.summary__title{font-size:var(--_osa-font-size-large)}
.summary{margin-bottom:var(--_osa-space-l)}
.position{margin-bottom:var(--_osa-space-s)}
.subtitle,.level__heading{font-size:var(--_osa-font-size-base);margin:var(--_osa-space-m) 0 var(--_osa-space-xs)}
.list,::slotted(ul),::slotted(ol){margin:0 0 var(--_osa-space-m);padding-left:1.5em}
.ladder{list-style:none;margin:0;padding:0}
.level{--_osa-line-inset:var(--_osa-step-border);--_osa-line-gap:0px;position:relative;padding:var(--_osa-step-border);margin-bottom:var(--_osa-space-xs);border-radius:var(--_osa-radius-m)}
.level:not(:last-child)::after{content:'';position:absolute;left:calc(var(--_osa-line-inset) + var(--_osa-step-pad) + var(--_osa-badge-size)/2 - 1px);top:calc(var(--_osa-line-inset) + var(--_osa-step-pad) + var(--_osa-badge-size));bottom:calc(-1*(var(--_osa-line-gap) + var(--_osa-space-xs) + var(--_osa-step-border) + var(--_osa-step-pad)));border-left:2px solid var(--_osa-color-border)}
.level--current{--_osa-line-inset:0px;--_osa-line-gap:var(--_osa-step-border);padding:0;border:var(--_osa-step-border) solid var(--_osa-color-primary);background:var(--_osa-color-info-surface)}
.group{margin:var(--_osa-space-m) 0 0;padding-left:var(--_osa-step-pad);font-size:var(--_osa-font-size-small);font-weight:var(--_osa-font-weight-bold)}
.level__heading{margin:0}
.level__button{display:flex;align-items:flex-start;gap:var(--_osa-space-m);width:100%;min-height:var(--_osa-control-min-height);padding:var(--_osa-step-pad);font:inherit;font-weight:var(--_osa-font-weight-bold);line-height:var(--_osa-font-line-height-heading);text-align:start;color:inherit;background:none;border:0;border-radius:var(--_osa-radius-m)}
button.level__button{cursor:pointer}
button:hover .level__title{text-decoration:underline}
.level__text{align-self:center;flex:1;min-width:0}
.badge{flex:none;display:grid;place-content:center;position:relative;z-index:1;width:var(--_osa-badge-size);height:var(--_osa-badge-size);border-radius:50%;border:2px solid var(--_osa-color-border);background:var(--_osa-color-background)}
.level--current .badge{border-radius:var(--_osa-radius-s);border:0;background:var(--_osa-color-primary);color:var(--_osa-color-on-primary)}
.here{display:block;width:fit-content;margin-top:var(--_osa-space-xs);padding:0 var(--_osa-space-s);border:2px solid;border-radius:var(--_osa-radius-s);font-size:var(--_osa-font-size-small)}
.chevron{flex:none;align-self:center;width:.65em;height:.65em;margin:0 var(--_osa-space-s) .25em;border:solid;border-width:0 3px 3px 0;transform:rotate(45deg)}
[aria-expanded='true']>.chevron{transform:rotate(225deg);margin-bottom:-.25em}
.panel{padding:0 var(--_osa-step-pad) var(--_osa-space-s) calc(var(--_osa-step-pad) + var(--_osa-badge-size) + var(--_osa-space-m))}
.panel p,.examples{margin-bottom:var(--_osa-space-xs)}
.panel .list{margin:0}
.compact{display:flex;flex-wrap:wrap;align-items:baseline;gap:0 var(--_osa-space-s);margin:0}
.compact .chevron{display:inline-block;width:.5em;height:.5em;margin:0 .25em .2em .6em;border-width:0 2px 2px 0}
.compact [aria-expanded='true']>.chevron{margin-bottom:-.1em}
.details{margin-top:var(--_osa-space-m)}
@container (max-width:30rem){:host{--_osa-badge-size:2rem}.level__button{gap:var(--_osa-space-s)}.panel{padding-left:calc(var(--_osa-step-pad) + var(--_osa-badge-size) + var(--_osa-space-s))}}
@media (forced-colors:active){.level--current{border-color:Highlight}.level--current .badge{forced-color-adjust:none;background:Highlight;color:HighlightText}button.level__button{color:ButtonText}}
@media print{.panel[hidden],.details[hidden]{display:block!important}.chevron{display:none}.level{break-inside:avoid}.contact a::after{content:' (' attr(href) ')'}}
`;
