import { Module } from "@medusajs/framework/utils"
import DistrictModuleService from "./service"

export const DISTRICT_MODULE = "district"

export default Module(DISTRICT_MODULE, { service: DistrictModuleService })
