import { accessibilitySuite } from './support/main-pages'

accessibilitySuite('accessibility-staff', '指导员、特殊家庭、联系人、计生协', ['instructor', 'special', 'contact', 'association'])
