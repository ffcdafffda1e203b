// Drives Microsoft 365 Agents Playground's web page in headless Chromium: answers a money, a date and a free-text
// question inside SalesBot's Adaptive Cards and prints what the card and the bot said. Usage: node drive.js <playground url>
// With LOCALE=ru-RU or pl-PL (run.sh --locale) the browser speaks that language and a seller goes through
// screen → qualify → needs → engage in it instead (see localized.js).
'use strict';
if (process.env.LOCALE && !/^en\b/i.test(process.env.LOCALE)) {
  require('./localized.js');
  return;
}
const { chromium } = require('playwright-core');

const url = process.argv[2];
const browserPath = process.env.CHROMIUM || '/usr/bin/chromium';
const log = (...a) => console.log(...a);
// The Playground keeps one user and conversation across runs: new prospects each run start their flows afresh.
const run = Date.now().toString(36).slice(-5);
const acme = `Acme${run}`;
const beta = `Beta${run}`;

(async () => {
  const browser = await chromium.launch({ executablePath: browserPath, args: ['--no-sandbox'] });
  const page = await browser.newPage({ viewport: { width: 1300, height: 1100 } });
  let failed = false;
  const check = (ok, what) => { log(`${ok ? 'PASS' : 'FAIL'} ${what}`); failed ||= !ok; };
  try {
    await page.goto(url);
    await page.getByText("Hi, I'm SalesBot").first().waitFor({ timeout: 30000 });
    const compose = page.locator('[data-lexical-editor=true]').first();
    const cards = page.locator('.ac-adaptiveCard');
    const say = async (text, reply = null) => {
      const before = await cards.count();
      await compose.click();
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
      if (reply) {
        await page.getByText(reply).last().waitFor({ timeout: 20000 });
      } else {
        await page.waitForFunction(n => document.querySelectorAll('.ac-adaptiveCard').length > n, before, { timeout: 20000 });
      }
    };
    const lastCard = () => cards.last();
    const waitForQuestion = async n => {
      await page.waitForFunction(n => {
        const all = [...document.querySelectorAll('.ac-adaptiveCard')];
        return all.length > 0 && all[all.length - 1].innerText.includes(`Question ${n} of`);
      }, n, { timeout: 20000 });
    };
    const press = async (title, reply = null) => {
      const before = await cards.count();
      await lastCard().locator('button', { hasText: new RegExp(`^${title}$`) }).first().click();
      if (reply) {
        await page.getByText(reply).last().waitFor({ timeout: 20000 });
      } else {
        await page.waitForFunction(n => document.querySelectorAll('.ac-adaptiveCard').length > n, before, { timeout: 20000 });
      }
    };
    const text = async () => (await page.locator('body').innerText());

    await say(`qualify ${acme}`);
    for (let n = 1; n <= 4; n++) {
      await waitForQuestion(n);
      await press('yes');
    }
    await waitForQuestion(5);
    log('Q5 card:', (await lastCard().innerText()).replace(/\s+/g, ' ').slice(0, 300));
    await lastCard().locator('input').first().fill('4500');
    await lastCard().getByRole('combobox').first().click();
    await page.getByRole('option', { name: 'EUR' }).first().click();
    await press('Submit');
    await waitForQuestion(6);
    check((await text()).includes('Recorded: 4,500 EUR') || (await text()).includes('4500 EUR'), 'money answered in the card: 4500 EUR recorded');
    log('Q6 card:', (await lastCard().innerText()).replace(/\s+/g, ' ').slice(0, 300));
    log('Q6 inputs:', (await lastCard().locator('input').evaluateAll(es => es.map(e => e.outerHTML.slice(0, 160)))).join(' | '));
    // The Playground renders Input.Date as a Fluent date picker: type the date into it, or pick it in its calendar.
    const date = lastCard().getByPlaceholder('Select a date...');
    const editable = await date.isEditable().catch(() => false);
    log('date picker editable:', editable);
    if (editable) {
      await date.fill('3/15/2027');
      await page.keyboard.press('Enter');
    } else {
      await date.click();
      for (let i = 0; i < 36; i++) {
        const title = await page.locator('[role=dialog], .ms-DatePicker-monthAndYear, [class*=monthAndYear]').first().innerText().catch(() => '');
        if (title.includes('March 2027')) break;
        await page.getByRole('button', { name: /next month/i }).first().click();
      }
      await page.getByRole('gridcell', { name: /^15/ }).first().click().catch(async () => page.getByRole('button', { name: /^15,? March/ }).first().click());
    }
    log('date chosen:', await date.inputValue().catch(() => '?'));
    await press('Submit');
    await waitForQuestion(7);
    check((await text()).includes('Mon 15 Mar 2027'), 'date answered in the card: Mon 15 Mar 2027 recorded');
    await say('cancel', 'Cancelled Qualify');

    await say(`screen ${beta}`);
    await waitForQuestion(1);
    await press('yes');
    await waitForQuestion(2);
    await press('yes');
    await waitForQuestion(3);
    log('Q3 card:', (await lastCard().innerText()).replace(/\s+/g, ' ').slice(0, 300));
    await lastCard().locator('textarea, input[type=text]').first().fill('A friend who runs a café sent them *our* portfolio & <site>');
    await press('Submit', 'Screen done');
    await page.waitForTimeout(1500);
    const after = await text();
    check(after.includes('Answered: A friend who runs a café') || after.includes('A friend who runs a café sent them *our* portfolio & <site>'), 'free text answered in the card, shown as typed');
    await say(`deal ${acme}`);
    await page.waitForTimeout(1500);
    const deal = (await lastCard().innerText()).replace(/\s+/g, ' ');
    log(`deal ${acme} card:`, deal.slice(0, 600));
    check(deal.includes('4,500 EUR') && deal.includes('2027-03-15'), `deal ${acme} shows the budget and the deadline answered in cards`);
    await page.screenshot({ path: process.env.SCREENSHOT || 'playground.png', fullPage: true });
  } catch (e) {
    log('FAIL', e.message);
    failed = true;
    await page.screenshot({ path: process.env.SCREENSHOT || 'playground.png', fullPage: true }).catch(() => {});
  }
  await browser.close();
  process.exit(failed ? 1 : 0);
})();
