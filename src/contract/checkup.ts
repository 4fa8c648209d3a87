/** The checkup area's contract (filled in as the area moves onto schemas). */
import { methods } from './method'

export const checkupMethods = methods({})
