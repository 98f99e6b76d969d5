// html-validate configuration; every built page must pass it with zero errors
// (tests/site/html-validity.test.ts). A module rather than .htmlvalidate.json so that each
// relaxed rule can carry its reason.
import { defineConfig } from 'html-validate';

export default defineConfig({
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    // Titles are "page name | edition name". The page name (a navTitle, at most 40 characters by
    // the schema, plus its printed label) comes first, so a truncated title still names the page;
    // the edition's full name (76 characters) follows. 130 still catches a runaway title.
    'long-title': ['error', { maxlength: 130 }],
    // The search results are the popup of a WAI-ARIA combobox: a listbox of links to passages,
    // which a native <select> cannot be.
    'prefer-native-element': ['error', { exclude: ['listbox'] }],
  },
});
