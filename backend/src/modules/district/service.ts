import { MedusaService } from "@medusajs/framework/utils"
import District from "./models/district"

class DistrictModuleService extends MedusaService({ District }) {}

export default DistrictModuleService
