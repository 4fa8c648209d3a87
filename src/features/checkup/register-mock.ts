import { checkupArea } from '../../../mock/areas/checkup'
import { registerMockArea } from '../../services/in-process-backend'

// Imported by every page of this subpackage: the in-process backend learns 婚孕检's handlers
// (and its fixtures ship in this subpackage, not the main package) when the first page loads.
registerMockArea(checkupArea)
