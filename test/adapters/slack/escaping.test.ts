// User-supplied text can never become Slack markup: no @channel, no disguised links, no fake mentions.
import { describe, expect, it } from 'vitest';
import { message } from '../../../src/core/ui.js';
import { renderHome } from '../../../adapters/slack/render/home.js';
import { renderMessage } from '../../../adapters/slack/render/message.js';
import { renderModal } from '../../../adapters/slack/render/modal.js';
import { normalizeSlackText } from '../../../adapters/slack/parse/text.js';
import { sickReportForm } from './support/forms.js';

const hostile = 'Piet <!channel> zie <http://evil.example|klik hier> & <@U0FATIMA01> <!here|here>';
const escaped = 'Piet &lt;!channel&gt; zie &lt;http://evil.example|klik hier&gt; &amp; &lt;@U0FATIMA01&gt; &lt;!here|here&gt;';

describe('mrkdwn escaping', () => {
  it('escapes &, < and > in every mrkdwn text of a message: text, context, fields and the notification text', () => {
    const [m] = renderMessage(
      message(hostile, { type: 'text', text: hostile }, { type: 'context', text: hostile }, { type: 'fields', items: [{ label: hostile, value: hostile }] }),
    );
    const json = JSON.stringify(m);
    expect(json).not.toContain('<!channel>');
    expect(json).not.toContain('<http://');
    expect(json).not.toContain('<@U0FATIMA01>');
    expect(m.text).toBe(escaped);
    expect(m.blocks[0]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: escaped, verbatim: true } });
    expect(m.blocks[1]).toEqual({ type: 'context', elements: [{ type: 'mrkdwn', text: escaped, verbatim: true }] });
    expect(m.blocks[2]).toEqual({ type: 'section', fields: [{ type: 'mrkdwn', text: `*${escaped}*\n${escaped}`, verbatim: true }] });
  });

  it('keeps user text in plain_text objects (headings, buttons, labels), which Slack never parses as markup', () => {
    const [m] = renderMessage(message('x', { type: 'heading', text: '<!channel> Piet' }, { type: 'buttons', buttons: [{ actionId: 'case-show', label: '<!channel>', value: 'CASE0001:x' }] }));
    expect(m.blocks[0]).toMatchObject({ type: 'header', text: { type: 'plain_text', text: '<!channel> Piet' } });
    expect(m.blocks[1]).toMatchObject({ type: 'actions', elements: [{ text: { type: 'plain_text', text: '<!channel>' } }] });
  });

  it('escapes the App Home and modal error notes too', () => {
    const home = renderHome({ kind: 'home', blocks: [{ type: 'text', text: hostile }] });
    expect(JSON.stringify(home)).not.toMatch(/<!channel>|<http:/);
    const modal = renderModal(sickReportForm({ errors: { workHandover: hostile } }), 'U0ANNA0001');
    const note = modal.blocks.find((b) => b.type === 'context') as { elements: Array<{ text: string }> };
    expect(note.elements[0].text).toBe(`⚠️ ${escaped}`);
  });

  it('treats an entity the user typed as text (escaped again, shown literally)', () => {
    const [m] = renderMessage(message('a &amp; b', { type: 'text', text: 'a &amp; b &lt;' }));
    expect(m.blocks[0]).toMatchObject({ text: { text: 'a &amp;amp; b &amp;lt;' } });
  });
});

describe('inbound text normalization', () => {
  it('turns escaped mentions into <@ID> and decodes entities', () => {
    expect(normalizeSlackText('status <@U0PIET0001|piet.jansen>')).toBe('status <@U0PIET0001>');
    expect(normalizeSlackText('rol toekennen <@U0JAN00001> casemanager')).toBe('rol toekennen <@U0JAN00001> casemanager');
    expect(normalizeSlackText('  taken  ')).toBe('taken');
    expect(normalizeSlackText('a &amp; b &lt;c&gt;')).toBe('a & b <c>');
  });

  it('reduces channels, links and special mentions to their labels', () => {
    expect(normalizeSlackText('zie <#C0ALGEMEEN|algemeen>')).toBe('zie #algemeen');
    expect(normalizeSlackText('<https://example.org|de site> en <mailto:jan@example.org|jan@example.org>')).toBe('de site en jan@example.org');
    expect(normalizeSlackText('<!channel> help')).toBe('help');
  });
});
