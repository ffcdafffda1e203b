'use strict';

// The Bot Framework JS peer of the SalesBot load bench (bench/README.md): a plain Bot Framework SDK bot that asks the
// same ten qualification questions as SalesBot's qualify step in a 10-step waterfall, keeps its state in memory
// (MemoryStorage behind ConversationState and UserState) and answers POST /api/messages with deliveryMode
// "expectReplies" through CloudAdapter, without authentication, on loopback. Its replies carry the markers the bench's
// SalesBotReplyPolicy reads: the progress line "Question n of 10 in Qualify for <prospect>", the question on the next
// line, suggested actions for choices, and a last reply starting with "Verdict:".
//
//   node server.js --urls http://127.0.0.1:5000
//
// GET /health/ready answers 200 once it listens. It logs nothing per turn (as SalesBot in Production), only errors.

const http = require('node:http');
const {
    CloudAdapter,
    ConfigurationBotFrameworkAuthentication,
    ConversationState,
    MemoryStorage,
    UserState,
} = require('botbuilder');
const {
    ChoicePrompt,
    DialogSet,
    DialogTurnStatus,
    ListStyle,
    TextPrompt,
    WaterfallDialog,
} = require('botbuilder-dialogs');

const QUALIFY = 'qualify';
const YES_NO = 'yesNo';
const GUT = 'gut';
const MONEY = 'money';
const DATE = 'date';

// The qualify step of SalesBot's default playbook: same order, kinds and wording (the bench's client policy picks
// its answer from the first suggested action, or from the words of the question line for money and dates).
const QUESTIONS = [
    { id: 'need', prompt: YES_NO, weight: 12, text: () => 'Do they need what you deliver?', tip: 'Check the work is not done by in-house staff or a vendor they are happy with before you invest real time.' },
    { id: 'experience', prompt: YES_NO, weight: 8, text: () => 'Do you have experience in their industry?', tip: 'If not, count the training, software or tools you would need, and whether this project can pay for them.' },
    { id: 'can-pay', prompt: YES_NO, weight: 10, text: () => 'Are you confident they can pay for it?', tip: 'Ask peers who worked with them whether they paid on time, and pull a credit report on the company.' },
    { id: 'repeat-business', prompt: YES_NO, weight: 6, text: () => 'Do they offer repeat business?', tip: 'Repeat work means predictable cash flow; one-off jobs send you back to marketing as soon as they end.' },
    { id: 'budget', prompt: MONEY, weight: 12, text: (p) => `What budget does ${p} have in mind?`, tip: 'Small clients often have no idea what this work costs. If they will not say, name a range and watch the reaction.' },
    { id: 'deadline', prompt: DATE, weight: 8, text: () => 'When do they need the work finished?', tip: 'Judge whether the date is realistic. A rush job means shuffling other clients, late nights and mistakes.' },
    { id: 'worked-before', prompt: YES_NO, weight: 6, text: () => 'Have they worked with someone like you before?', tip: 'Note who it was and how it went. First-timers need educating and tend to ask for many revisions.' },
    { id: 'decision-maker', prompt: YES_NO, weight: 12, text: () => 'Is your contact the final decision-maker?', tip: 'People like to look more senior than they are. Ask early, in a way that lets them save face.' },
    { id: 'personality', prompt: YES_NO, weight: 6, text: () => 'Does the personality fit seem good?', tip: 'You will spend many hours together, and people buy from people they like. You need an easy working rapport, not a friend.' },
    { id: 'gut', prompt: GUT, weight: 10, text: (p) => `What does your gut tell you about ${p}?`, tip: 'Gut feelings are often right. Good buyers are honest and respect your time; look for every reason not to take this one.' },
];

const YES_NO_CHOICES = ['Yes', 'No', 'Unsure'];
const GUT_CHOICES = ['Good', 'Unsure', 'Bad'];
const CHOICE_SCORE = { Yes: 1, Good: 1, Unsure: 0.5, No: 0, Bad: 0 };
const STARTING_PRICE = 5000;

function parseArgs(argv) {
    const urls = argv.indexOf('--urls');
    const url = new URL(urls >= 0 && argv[urls + 1] ? argv[urls + 1] : 'http://127.0.0.1:3978');
    return { host: url.hostname, port: Number(url.port) };
}

// "8000 USD", "$8,000", "8000": an amount and an optional three-letter currency.
function parseMoney(text) {
    const match = /^\s*\$?\s*(\d[\d,]*(?:\.\d+)?)\s*([A-Za-z]{3})?\s*$/.exec(text || '');
    if (!match) {
        return undefined;
    }

    const amount = Number(match[1].replace(/,/g, ''));
    return Number.isFinite(amount) && amount > 0 ? { amount, currency: (match[2] || 'USD').toUpperCase() } : undefined;
}

// An ISO date (yyyy-mm-dd) that exists and is not in the past.
function parseDate(text) {
    const match = /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/.exec(text || '');
    if (!match) {
        return undefined;
    }

    const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
    if (date.getUTCMonth() !== Number(match[2]) - 1 || date.getTime() < Date.now() - 86400000) {
        return undefined;
    }

    return date.toISOString().slice(0, 10);
}

function promptText(index, prospect) {
    const question = QUESTIONS[index];
    return `Question ${index + 1} of ${QUESTIONS.length} in Qualify for ${prospect}\n${question.text(prospect)}\nTip: ${question.tip}`;
}

function questionStep(index) {
    return async (step) => {
        if (index > 0) {
            step.values.answers[QUESTIONS[index - 1].id] = answerOf(step.result);
        }

        const question = QUESTIONS[index];
        const prompt = promptText(index, step.values.prospect);
        switch (question.prompt) {
            case YES_NO:
            case GUT:
                return step.prompt(question.prompt, {
                    prompt,
                    retryPrompt: `${prompt}\nPlease pick one of the buttons.`,
                    choices: question.prompt === YES_NO ? YES_NO_CHOICES : GUT_CHOICES,
                    style: ListStyle.suggestedAction,
                });
            case MONEY:
                return step.prompt(MONEY, { prompt, retryPrompt: `${prompt}\nPlease give an amount, like 8000 USD.` });
            default:
                return step.prompt(DATE, { prompt, retryPrompt: `${prompt}\nPlease give a date, like 2027-03-01.` });
        }
    };
}

function answerOf(result) {
    return result && typeof result === 'object' && 'value' in result ? result.value : result;
}

function verdictStep(userProfile) {
    return async (step) => {
        const answers = step.values.answers;
        answers[QUESTIONS[QUESTIONS.length - 1].id] = answerOf(step.result);
        let score = 0;
        let total = 0;
        for (const question of QUESTIONS) {
            const answer = answers[question.id];
            const points = question.prompt === MONEY
                ? (parseMoney(answer).amount >= STARTING_PRICE ? 1 : 0)
                : question.prompt === DATE ? 1 : CHOICE_SCORE[answer] ?? 0;
            score += points * question.weight;
            total += question.weight;
        }

        const percent = Math.round((100 * score) / total);
        const verdict = percent >= 75 ? 'qualified' : percent < 40 ? 'walk away' : 'needs work';
        const profile = await userProfile.get(step.context, { qualifications: 0 });
        profile.qualifications += 1;
        await step.context.sendActivity(
            `Verdict: ${verdict} (${percent} of 100) for ${step.values.prospect}.\n` +
            `Budget ${answers.budget}, finish by ${answers.deadline}. Qualifications so far: ${profile.qualifications}.`);
        return step.endDialog({ verdict, percent });
    };
}

function createBot() {
    const storage = new MemoryStorage();
    const conversationState = new ConversationState(storage);
    const userState = new UserState(storage);
    const dialogState = conversationState.createProperty('dialogState');
    const userProfile = userState.createProperty('userProfile');

    const dialogs = new DialogSet(dialogState);
    dialogs.add(new ChoicePrompt(YES_NO));
    dialogs.add(new ChoicePrompt(GUT));
    dialogs.add(new TextPrompt(MONEY, async (prompt) => prompt.recognized.succeeded && parseMoney(prompt.recognized.value) !== undefined));
    dialogs.add(new TextPrompt(DATE, async (prompt) => prompt.recognized.succeeded && parseDate(prompt.recognized.value) !== undefined));
    dialogs.add(new WaterfallDialog(QUALIFY, [
        async (step) => {
            step.values.prospect = step.options.prospect;
            step.values.answers = {};
            return step.next();
        },
        ...QUESTIONS.map((_, index) => questionStep(index)),
        verdictStep(userProfile),
    ]));

    return async (context) => {
        if (context.activity.type === 'message') {
            const dc = await dialogs.createContext(context);
            const result = await dc.continueDialog();
            if (result.status === DialogTurnStatus.empty) {
                const qualify = /^\s*qualify\s+(.+?)\s*$/i.exec(context.activity.text || '');
                if (qualify) {
                    await dc.beginDialog(QUALIFY, { prospect: qualify[1] });
                } else {
                    await context.sendActivity('Say "qualify <prospect>" to qualify a prospect.');
                }
            }
        }

        await conversationState.saveChanges(context, false);
        await userState.saveChanges(context, false);
    };
}

// Just enough of the Express/Restify response CloudAdapter.process writes to, on Node's own http server.
function responseFor(res) {
    let status = 200;
    let body;
    return {
        status(code) { status = code; return this; },
        header(name, value) { res.setHeader(name, value); return this; },
        send(value) { body = value; return this; },
        end() {
            if (body === undefined) {
                res.writeHead(status);
                res.end();
                return;
            }

            const text = typeof body === 'string' ? body : JSON.stringify(body);
            res.writeHead(status, {
                'Content-Type': typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
                'Content-Length': Buffer.byteLength(text),
            });
            res.end(text);
        },
    };
}

function readJson(req) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        req.on('data', (chunk) => chunks.push(chunk));
        req.on('end', () => {
            try {
                resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
            } catch (err) {
                reject(err);
            }
        });
        req.on('error', reject);
    });
}

function main() {
    const { host, port } = parseArgs(process.argv.slice(2));

    // No MicrosoftAppId: the adapter accepts requests without an Authorization header (loopback only).
    const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
    adapter.onTurnError = async (context, error) => {
        console.error(`turn error: ${error && error.stack ? error.stack : error}`);
        await context.sendActivity('The bot hit an error.');
    };
    const bot = createBot();

    const server = http.createServer(async (req, res) => {
        const path = req.url.split('?')[0];
        if (req.method === 'GET' && path === '/health/ready') {
            res.writeHead(200, { 'Content-Type': 'text/plain' });
            res.end('ready');
            return;
        }

        if (path !== '/api/messages') {
            res.writeHead(404);
            res.end();
            return;
        }

        try {
            req.body = await readJson(req);
        } catch {
            res.writeHead(400);
            res.end();
            return;
        }

        try {
            await adapter.process(req, responseFor(res), bot);
        } catch (err) {
            console.error(`request error: ${err && err.stack ? err.stack : err}`);
            if (!res.headersSent) {
                res.writeHead(500);
            }

            res.end();
        }
    });
    server.keepAliveTimeout = 5 * 60 * 1000;
    server.listen(port, host, () => console.log(`Bot Framework JS peer listening on http://${host}:${port}`));

    const stop = () => server.close(() => process.exit(0));
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
}

main();
