import { accessibilitySuite } from './support/main-pages'

accessibilitySuite('accessibility-public', 'signed out and 家长', ['guest', 'parent'])
