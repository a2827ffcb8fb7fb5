Quang Ngai realiza la revisión preliminar de la reforma administrativa en los seis primeros meses de 2024.
El 12 de julio de 2024, el Comité Popular de la provincia de Quang Ngai celebró la conferencia de revisión semestral sobre reforma administrativa y transformación digital.
El vicepresidente del Comité del Pueblo provincial, Vo Thanh Tam, presidió la conferencia.
Asistieron a la conferencia los directores de los departamentos, los jefes de los organismos de nivel provincial y los presidentes de los Comités Populares de los distritos y de la ciudad.
En los seis primeros meses, la provincia recibió 215.480 expedientes de trámites administrativos, de los cuales el 97,8 % se resolvió a tiempo o antes de plazo.
Todos los 1.864 trámites administrativos se han publicado en el Portal Nacional de Servicios Públicos y en las sedes de los Comités Populares de todos los niveles.
El mecanismo de ventanilla única y el mecanismo de ventanilla única interconectada se aplican en el 100 % de los organismos y unidades.
La tasa de expedientes presentados mediante servicios públicos en línea alcanzó el 42,6 %, más que en el mismo periodo de 2023.
La provincia también ha digitalizado el 61 % de los resultados de la resolución de trámites administrativos en la ventanilla de recepción y devolución de resultados.
El Índice de Reforma Administrativa de 2023 de la provincia ocupó el puesto 41 de 63 provincias y ciudades, subiendo nueve puestos.
El índice de satisfacción con los servicios administrativos públicos alcanzó el 82,15 %, mientras que el PAPI alcanzó 42,87 puntos.
Sin embargo, el Índice de Competitividad Provincial (PCI) bajó cinco puestos y no corresponde al potencial de la localidad.
La provincia completó el reordenamiento de las unidades administrativas de nivel comunal del periodo 2023-2025, con una reducción de 12 unidades.
La nómina se ha reducido en 356 personas de acuerdo con el mapa de puestos de trabajo aprobado.
La reducción de plantilla se lleva a cabo junto con la contratación y contratación y la rotación de cuadros, sobre la base de los puestos de trabajo.
La disciplina administrativa y la cultura del servicio público de los cuadros, funcionarios y empleados públicos siguen reforzándose.
En el primer semestre, el Departamento de Asuntos Internos realizó inspecciones de la función pública en 46 organismos y unidades.
La inspección detectó 23 casos de violación de la disciplina administrativa y propuso sancionar a 31 cuadros y cuadros.
El trabajo de recepción y la resolución de quejas y denuncias relacionadas con los trámites administrativos se realizan conforme a la normativa.
La provincia recibió 146 peticiones y observaciones de ciudadanos y empresas sobre los trámites administrativos, y todas han sido atendidas.
La transformación digital y la construcción del gobierno electrónico registraron avances claros.
El 100 % de las comunas está conectado al sistema de información para la tramitación de procedimientos administrativos de la provincia.
El sistema de nóminas de los empleados también se ha digitalizado en preparación de la reforma salarial a partir del 1 de julio de 2024.
Sin embargo, en algunas localidades, la implementación del servicio público por internet todavía es formal y el número de expedientes atrasados sigue siendo alto.
Algunos cuadros y funcionarios aún no muestran un alto sentido de responsabilidad ni actitud de servicio hacia los ciudadanos.
Al clausurar la conferencia, el vicepresidente del Comité Popular provincial pidió a los directores de departamento que elevaran la rendición de cuentas de los jefes.
Los organismos y unidades deben revisar y reducir al menos el 20 % de los trámites administrativos y el 20 % de los costes de cumplimiento en 2024.
Los servicios públicos en línea deben convertirse en la forma principal para que ciudadanos y empresas realicen sus trámites administrativos.
Además, es necesario acelerar la implementación del Proyecto 06 sobre datos de población e identificación electrónica.
El Comité Popular provincial también pidió reforzar la disciplina y la disciplina administrativa, así como la inspección y la supervisión de la ejecución de las tareas públicas.
La conferencia se clausuró a las 11:30 del mismo día.
