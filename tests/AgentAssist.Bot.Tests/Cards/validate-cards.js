#!/usr/bin/env node
// Validates Adaptive Card JSON files as Teams will read them, with two independent checks:
//  1. Microsoft's own parser (npm adaptivecards, the UMD build: its ESM lib/ does not load in Node),
//     parsing for schema 1.5 and collecting its parse and validateProperties() events;
//  2. the JSON schema beside this file (Ajv, draft 2020-12), for what the parser lets through:
//     unknown or misspelt properties, wrong types, Action.Execute without a verb.
// Usage: node validate-cards.js <file.json | folder>...   (a folder means every *.json in it)
// Prints {"cards":[{"file","problems":[…]}]} and exits 1 when any card has a problem, 2 on bad usage.
'use strict';

const fs = require('fs');
const path = require('path');
const AC = require('adaptivecards/dist/adaptivecards.min.js');
const Ajv2020 = require('ajv/dist/2020').default;
const addFormats = require('ajv-formats').default;

const schemaPath = path.join(__dirname, 'adaptive-card-1.5-subset.schema.json');
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, discriminator: true });
addFormats(ajv);
const validateSchema = ajv.compile(JSON.parse(fs.readFileSync(schemaPath, 'utf8')));

// adaptivecards 3.0.6 checks "lang" with a global regex (/^[a-z]{2,3}$/gi), whose lastIndex survives between
// calls: every other card with a valid "lang" would be reported as invalid. Each card starts from a clean regex.
const langRegEx = AC.CardElement && AC.CardElement.langProperty && AC.CardElement.langProperty.regEx;

function parserProblems(json) {
  if (langRegEx) {
    langRegEx.lastIndex = 0;
  }
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  card.parse(json, context);
  const problems = [];
  for (let i = 0; i < context.eventCount; i++) {
    const event = context.getEventAt(i);
    problems.push(`adaptivecards parse ${AC.ValidationEvent[event.event]}: ${event.message}`);
  }
  for (const event of card.validateProperties().validationEvents) {
    problems.push(`adaptivecards validate ${AC.ValidationEvent[event.event]}: ${event.message}`);
  }
  return problems;
}

function schemaProblems(json) {
  if (validateSchema(json)) {
    return [];
  }
  return validateSchema.errors.map(e => `schema ${e.instancePath || '/'}: ${e.message}${e.params && Object.keys(e.params).length ? ' ' + JSON.stringify(e.params) : ''}`);
}

function cardFiles(args) {
  const files = [];
  for (const arg of args) {
    if (fs.statSync(arg).isDirectory()) {
      for (const name of fs.readdirSync(arg).filter(n => n.endsWith('.json')).sort()) {
        files.push(path.join(arg, name));
      }
    } else {
      files.push(arg);
    }
  }
  return files;
}

const args = process.argv.slice(2);
if (args.length === 0) {
  console.error('usage: node validate-cards.js <file.json | folder>...');
  process.exit(2);
}

const cards = [];
for (const file of cardFiles(args)) {
  let json;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    cards.push({ file, problems: [`not JSON: ${error.message}`] });
    continue;
  }
  cards.push({ file, problems: [...parserProblems(json), ...schemaProblems(json)] });
}

process.stdout.write(JSON.stringify({ cards }) + '\n');
process.exitCode = cards.some(c => c.problems.length > 0) ? 1 : 0;
