// Shared Open311 helpers: request addresses that keep the endpoint's query string, and server text as plain text.
import { expect } from '@open-wc/testing';
import { open311Url, plainText } from '../src/core/open311.js';

describe('open311Url', () => {
  it('adds the path after the base, with or without a trailing slash', () => {
    expect(open311Url('https://x.example/v2/', 'services.json')).to.equal('https://x.example/v2/services.json');
    expect(open311Url('https://x.example/v2', 'requests/12.json')).to.equal('https://x.example/v2/requests/12.json');
  });
  it("keeps the endpoint's own query string and adds only non-empty parameters", () => {
    expect(open311Url('https://x.example/v2/?jurisdiction_id=city', 'services.json', { locale: 'sv', api_key: '', x: undefined }))
      .to.equal('https://x.example/v2/services.json?jurisdiction_id=city&locale=sv');
  });
  it('resolves a relative endpoint against the page and throws on one that is not a URL', () => {
    expect(open311Url('/api/open311/', 'requests.json')).to.equal(`${location.origin}/api/open311/requests.json`);
    expect(() => open311Url('http://[bad', 'requests.json')).to.throw('not a valid URL');
  });
});

describe('plainText', () => {
  it('decodes character references once and removes tags, keeping line breaks', () => {
    expect(plainText('Kiitos &quot;palautteesta&quot;<br>Rivi <b>2</b> &amp;lt; &#228;&#xE4;')).to.equal('Kiitos "palautteesta"\nRivi 2 &lt; ää');
  });
  it('leaves unknown references and plain text alone, and gives "" for what is not a string', () => {
    expect(plainText('a &bogus; b < c')).to.equal('a &bogus; b < c');
    expect(plainText(null)).to.equal('');
    expect(plainText(42)).to.equal('');
  });
  it('never decodes into markup that then survives: a decoded "<b>" stays text', () => {
    expect(plainText('&lt;img src=x onerror=alert(1)&gt;')).to.equal('<img src=x onerror=alert(1)>');
  });
  it('removes comments; an unclosed "<!--" stays text', () => {
    expect(plainText('Ennen<!-- piilossa --> jälkeen <!-- a --><!-- b -->loppu')).to.equal('Ennen jälkeen loppu');
    expect(plainText('a <!-- ei loppua')).to.equal('a <!-- ei loppua');
  });
  it('takes time in proportion to the text: 200 KB of "<!--" with no "-->" from a server does not freeze the page', () => {
    const text = '<!--'.repeat(50_000);
    const start = performance.now();
    expect(plainText(text)).to.equal(text);
    // A regular expression that tries every "<!--" to the end took seconds here (about 6 s for 160 KB).
    expect(performance.now() - start).to.be.below(500);
  });
  it('removes spaces at the ends of lines, also in time in proportion to the text: a request of 200,000 spaces does not freeze the board', () => {
    expect(plainText('Rivi 1 \t \nRivi 2  \n\n\n\nRivi 3')).to.equal('Rivi 1\nRivi 2\n\nRivi 3');
    const text = `a${' '.repeat(200_000)}b`;
    const start = performance.now();
    expect(plainText(text)).to.equal(text);
    expect(plainText(`a${' \t'.repeat(100_000)}\nb`)).to.equal('a\nb');
    // The regular expression before took about 17 s here (each space tried to its run's end).
    expect(performance.now() - start).to.be.below(500);
  });
});
