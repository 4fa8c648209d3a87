import { centresArea } from '../../../mock/areas/centres'
import { registerMockArea } from '../../services/in-process-backend'

// Imported by every page of this subpackage: the generator ships here, not in the main package.
registerMockArea(centresArea)
