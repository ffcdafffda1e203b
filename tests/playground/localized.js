// The localized run of drive.js (LOCALE=ru-RU or pl-PL): the Playground's page in a browser of that language, and a
// seller who takes a prospect through screen → qualify → needs → engage in it, pressing the cards' quick picks where
// there are any and typing the rest in the chat. Prints PASS/FAIL lines. Usage: LOCALE=ru-RU node drive.js <url>
'use strict';
const { chromium } = require('playwright-core');

const url = process.argv[2];
const locale = process.env.LOCALE;
const browserPath = process.env.CHROMIUM || '/usr/bin/chromium';
const log = (...a) => console.log(...a);
const run = Date.now().toString(36).slice(-5);
const prospect = `Acme${run}`;

const scripts = {
  ru: {
    flows: [
      [`отбор ${prospect}`, ['да', 'да', 'по рекомендации старого клиента']],
      [`квалификация ${prospect}`, ['да', 'да', 'да', 'да', '5 тыс. руб.', 'через 10 недель', 'да', 'да', 'да', 'Хорошее']],
      [`потребности ${prospect}`, ['начинали как семейная пекарня', 'открыть второй магазин', 'сайт с онлайн-заказами', 'не хватает времени на маркетинг', 'на 20 % за год', 'да', 'да']],
      [`согласие ${prospect}`, ['да', 'попросили добавить доставку', 'да', 'да', '1 декабря', 'да']],
    ],
    firstProgress: `Вопрос 1 из 3 · Отбор · ${prospect}`,
    ready: 'Готовы ли вы двигаться дальше?',
    done: ['Отбор пройден', 'Квалификация пройдена', 'Анализ потребностей закончен', 'Согласие получено'],
    answered: 'Выбран ответ:',
    submit: 'Отправить',
  },
  pl: {
    flows: [
      [`selekcja ${prospect}`, ['tak', 'tak', 'z polecenia stałego klienta']],
      [`kwalifikacja ${prospect}`, ['tak', 'tak', 'tak', 'tak', '5 tys. zł', 'za 10 tygodni', 'tak', 'tak', 'tak', 'Dobre']],
      [`potrzeby ${prospect}`, ['zaczynali jako rodzinna piekarnia', 'otworzyć drugi sklep', 'strona z zamówieniami online', 'brak czasu na marketing', 'o 20% w rok', 'tak', 'tak']],
      [`domknięcie ${prospect}`, ['tak', 'poprosili o dodanie dostawy', 'tak', 'tak', '1 grudnia', 'tak']],
    ],
    firstProgress: `Pytanie 1 z 3 · Selekcja · ${prospect}`,
    ready: 'Czy są Państwo gotowi, żeby pójść dalej?',
    done: ['Selekcja zakończona', 'Kwalifikacja zakończona', 'Analiza potrzeb zakończona', 'Domknięte'],
    answered: 'Wybrana odpowiedź:',
    submit: 'Wyślij',
  },
};

(async () => {
  const script = scripts[locale.slice(0, 2).toLowerCase()];
  if (!script) {
    log(`FAIL no script for the locale ${locale}`);
    process.exit(1);
  }

  const browser = await chromium.launch({ executablePath: browserPath, args: ['--no-sandbox', `--lang=${locale}`] });
  const context = await browser.newContext({ locale, viewport: { width: 1300, height: 1100 } });
  const page = await context.newPage();
  let failed = false;
  const check = (ok, what) => { log(`${ok ? 'PASS' : 'FAIL'} ${what}`); failed ||= !ok; };
  try {
    await page.goto(url);
    check(await page.evaluate(() => navigator.language) === locale, `the browser's language is ${locale}`);
    const compose = page.locator('[data-lexical-editor=true]').first();
    await compose.waitFor({ timeout: 30000 });
    await page.waitForTimeout(2000);
    const cards = page.locator('.ac-adaptiveCard');
    const text = async () => page.locator('body').innerText();
    const settle = async (before, expect) => {
      await page.waitForFunction(([n, t]) => document.querySelectorAll('.ac-adaptiveCard').length > n || (t && document.body.innerText.includes(t)),
        [before, expect], { timeout: 20000 });
      await page.waitForTimeout(400);
    };
    const say = async (words, expect) => {
      const before = await cards.count();
      await compose.click();
      await page.keyboard.type(words);
      await page.keyboard.press('Enter');
      await settle(before, expect);
    };
    const answer = async (words, expect) => {
      const before = await cards.count();
      const button = cards.last().locator('button', { hasText: new RegExp(`^${words}$`) });
      if (await button.count() > 0) {
        await button.first().click();
        await settle(before, expect);
        return true;
      }
      await say(words, expect);
      return false;
    };

    // The Playground's msteams channel writes locale "en-US" into every activity it sends, whatever the browser or
    // process locale: so the seller chooses the language as a user can, with "settings language", which SalesBot stores.
    const welcomed = await page.evaluate(() => document.body.innerText.includes('Привет') || document.body.innerText.includes('Cześć'));
    log(`welcome in the browser's language: ${welcomed}`);
    await compose.click();
    await page.keyboard.type(`settings language ${locale.slice(0, 2)}`);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(4000);

    let pressed = 0;
    for (const [index, [command, answers]] of script.flows.entries()) {
      await say(command);
      if (index === 0) {
        const first = (await cards.last().innerText()).replace(/\s+/g, ' ');
        log('first card:', first.slice(0, 200));
        check(first.includes(script.firstProgress), `the first question card says "${script.firstProgress}"`);
        check(first.includes(script.submit) || (await cards.last().locator('button').count()) > 0, 'the card has its buttons');
      }
      for (const [n, words] of answers.entries()) {
        pressed += (await answer(words, n === answers.length - 1 ? script.done[index] : null)) ? 1 : 0;
      }
      await page.getByText(script.done[index]).first().waitFor({ timeout: 20000 }).catch(() => {});
      check((await text()).includes(script.done[index]), `step ${index + 1} ends with "${script.done[index]}"`);
    }

    const all = await text();
    check(all.includes(script.ready), `the engage step asks "${script.ready}"`);
    check(all.includes(script.answered), `answered cards say "${script.answered}"`);
    check(!/\bQuestion \d+ of\b|\bAnswered:|\bYou replied\b/.test(all), 'no English card words (Question N of, Answered:, You replied)');
    check(pressed >= 16, `${pressed} answers were quick picks on the cards`);
    await page.screenshot({ path: process.env.SCREENSHOT || `playground-${locale}.png`, fullPage: true });
  } catch (e) {
    log('FAIL', e.message);
    failed = true;
    await page.screenshot({ path: process.env.SCREENSHOT || `playground-${locale}.png`, fullPage: true }).catch(() => {});
  }
  await browser.close();
  process.exit(failed ? 1 : 0);
})();
