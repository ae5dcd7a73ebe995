import { Module } from "@medusajs/framework/utils"
import ExposureModuleService from "./service"

export const EXPOSURE_MODULE = "exposure"

export default Module(EXPOSURE_MODULE, { service: ExposureModuleService })
