import { helpArea } from '../../../mock/areas/help'
import { registerMockArea } from '../../services/in-process-backend'

// Imported by every page of this subpackage.
registerMockArea(helpArea)
