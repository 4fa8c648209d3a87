import { guidanceArea } from '../../../mock/areas/guidance'
import { registerMockArea } from '../../services/in-process-backend'

// Imported by every page of this subpackage, so the articles ship here, not in the main package.
registerMockArea(guidanceArea)
